"""One folder per country: its declaration.xsd and a module describing it (see `registry`)."""

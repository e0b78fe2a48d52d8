"""Declaration adapters: the country XML schemas, their bindings, the renderer and the header file."""

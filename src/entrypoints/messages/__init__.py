"""The words every entrypoint shows a person, in English, Russian and Turkmen: the catalog of the workers' problem
messages (ADR 0035), and the `gumruk` command's own texts."""

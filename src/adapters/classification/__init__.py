"""Classification adapters: the HS nomenclature, the offline engine and its lexicon."""

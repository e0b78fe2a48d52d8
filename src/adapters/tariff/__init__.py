"""National tariffs: the file reader, the stores (FileStorage and in memory), the tariff-aware nomenclature."""

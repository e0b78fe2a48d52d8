"""National tariffs: importing an administrator's tariff file and choosing the national line below an HS-6."""

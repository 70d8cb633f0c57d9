INNER = "never imported: the module mod_nsclash.py wins"

print("mod_broken starts")
raise ValueError("mod_broken fails on import")

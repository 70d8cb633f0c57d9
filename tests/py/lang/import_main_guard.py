import mod_main_guard
print(mod_main_guard.run(), __name__)

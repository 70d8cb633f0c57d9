import mod_imp_attr_b

VALUE = 1

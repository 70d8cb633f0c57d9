import mod_imp_attr_a

try:
    mod_imp_attr_a.VALUE
except AttributeError as e:
    SEEN = str(e)

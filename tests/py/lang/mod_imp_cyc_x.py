from mod_imp_cyc_y import Y

X = "x"

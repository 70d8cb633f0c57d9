from mod_imp_cyc_x import X

Y = "y"

loc[l_sys = _sys
y = 2

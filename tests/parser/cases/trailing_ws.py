x = """unterminated? no
""" ; y = 2   

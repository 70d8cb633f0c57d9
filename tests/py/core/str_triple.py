s = """first
second
    third"""
print(s)
print(len(s), s.count("\n"))
t = '''it's "quoted"'''
print(t)
u = """\
no leading newline
"""
print(repr(u))
v = """a\tb\\c"""
print(v, repr(v))
print("""x""" + '''y''' + """
""" + "z")

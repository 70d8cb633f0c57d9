x = '''a
b
'

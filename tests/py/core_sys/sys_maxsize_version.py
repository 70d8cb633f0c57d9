import sys
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, -sys.maxsize - 1)
print(sys.version_info[0], sys.version_info[0] >= 3, sys.version_info.major)
print(type(sys.version).__name__, sys.version.startswith("3."))
print(sys.byteorder, sys.platform.startswith("linux"))

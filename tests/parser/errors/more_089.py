s = b'\xzz'

print("clean exit")
raise SystemExit
print("unreachable")

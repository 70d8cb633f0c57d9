raise SystemExit("fatal: configuration missing")

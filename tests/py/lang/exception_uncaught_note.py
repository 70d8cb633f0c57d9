err = RuntimeError("primary failure")
err.add_note("hint: check the configuration")
raise err

"""Fails half way through its import."""
ATTEMPTS = __import__("pkg_imp.core").core.LOADS
ATTEMPTS.append("broken started")
before_error = True
raise ValueError("broken module cannot be imported")

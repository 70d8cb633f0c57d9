from .alpha import alpha_value

beta_value = "beta"

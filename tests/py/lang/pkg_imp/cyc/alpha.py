from .beta import beta_value

alpha_value = "alpha"

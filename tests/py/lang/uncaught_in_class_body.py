class Config:
    name = "app"
    port = int("eighty")

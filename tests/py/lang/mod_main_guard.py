def run():
    return "run called"

if __name__ == "__main__":
    print("mod_main_guard run as script")
else:
    print("mod_main_guard imported as", __name__)

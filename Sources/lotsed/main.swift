print("lotsed")

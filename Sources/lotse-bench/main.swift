print("lotse-bench")

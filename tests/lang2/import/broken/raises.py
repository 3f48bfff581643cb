print("broken.raises executing")
value = 1
raise ValueError("module failed during import")

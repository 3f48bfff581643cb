# Character statistics of a text using str methods.
text = "Hello, World! 123 Éé\tend\n"
print(len(text), sum(c.isupper() for c in text), sum(c.islower() for c in text))
print(sum(c.isdigit() for c in text), sum(c.isspace() for c in text), sum(c.isalpha() for c in text))
print([c for c in text if not c.isalnum() and not c.isspace()])
vowels = "aeiouAEIOU"
print("".join(c for c in text if c not in vowels))
print(text.upper().count("L"), text.lower().index("w"), text.title())

VALUE = (1, 2.5, "three", b"four")

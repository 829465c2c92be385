x = 1
# A BOM is part of the first name; so is a no-break space.
y z = 2
é = 3
é = 4
a€ = 5

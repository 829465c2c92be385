import greet
greet.hello("rom")

"""`kyoryoku plan`: being built."""

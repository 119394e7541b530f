"""Everything the command line prints: the documented JSON shapes and the lines of text.

The core returns frozen read models; how they read in a terminal or a script is decided here,
one module per family of commands, in English (the GUI words the same models its own way, in
the user's language). Each module is imported by the command that prints it, never at start.
"""

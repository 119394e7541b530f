"""Every dialog of the app, one module each (a large one with its helpers beside it, as the
import's mapping step). A dialog asks and shows; what it writes goes through the `Editor` or
a core service, and the window (its controllers) decides what follows."""

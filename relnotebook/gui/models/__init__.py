"""The GUI's table models: one per list shown, each in its own module with named columns.

Rows are frozen read models from the core; a model only turns them into cells (text, sort keys,
check boxes). Every model passes Qt's model tester (tests/gui/test_models.py).
"""

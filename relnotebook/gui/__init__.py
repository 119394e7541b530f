"""The Qt face of the app. Nothing outside this package (and `app.py`) imports Qt."""

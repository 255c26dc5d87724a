"""One Presidio recognizer per module."""

"""Reading, cleaning and extraction: report files in, typed facts out."""

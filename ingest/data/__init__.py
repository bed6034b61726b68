"""Gazetteer data files and the script that seeds them."""

"""The output room: export to Word/PDF, the page layout dialog and print preview (`output_flows`, its door)."""

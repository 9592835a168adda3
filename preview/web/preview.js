// Frontleaf preview script

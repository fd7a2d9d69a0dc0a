// Placeholder translation unit for a library stage with no sources yet.

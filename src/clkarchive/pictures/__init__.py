"""The picture side: OCR of posters and image-only slides, drawing slides, reading agendas."""

@echo off
rem The mlkata command, run from this checkout. Start a kata with: mlkata new sliding-window-average
dotnet run --project "%~dp0runner\MlKata.Cli" -- %*

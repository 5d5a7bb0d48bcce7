package dev.paperboy.feedback;

/** What a reaction says about a paper. */
public enum Meaning { POSITIVE, NEGATIVE, SAVE, NONE }

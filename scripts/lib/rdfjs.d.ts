// The @rdfjs parsers and dataset ship no types; the SHACL helper uses them through their documented API only.
declare module '@rdfjs/dataset';
declare module '@rdfjs/parser-n3';
declare module '@rdfjs/parser-jsonld';

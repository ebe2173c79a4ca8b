// One colour per kind of node, shared by the canvas and the legend.
export const KIND_COLOURS: Record<string, string> = {
  PERSON: '#d9480f',
  ORG: '#1864ab',
  PLACE: '#2b8a3e',
  PROJECT: '#862e9c',
  ARTICLE: '#868e96',
};

export const KIND_LABELS: Record<string, string> = {
  PERSON: 'Person',
  ORG: 'Organisation',
  PLACE: 'Place',
  PROJECT: 'Project',
  ARTICLE: 'Article',
};

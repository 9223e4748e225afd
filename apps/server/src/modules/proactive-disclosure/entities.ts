/** The entity types of this module's records (audit log, attached files, deadlines). */
export const PUBLICATION_ENTITY = 'proactivePublication';
export const BOARD_ENTITY = 'bulletinBoard';
export const BOARD_UPDATE_ENTITY = 'bulletinBoardUpdate';
export const VILLAGE_DISCLOSURE_ENTITY = 'villageAffairsDisclosure';
export const GUIDE_ENTITY = 'disclosureGuideSettings';
export const CATALOG_ENTITY = 'disclosureCatalogItem';

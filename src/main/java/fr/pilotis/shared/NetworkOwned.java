package fr.pilotis.shared;

/** A row that belongs to one network; the audit trail files its changes under that network. */
public interface NetworkOwned {

    Long owningNetworkId();
}

package fr.pilotis.shared;

/** The signed-in person as the shared layer sees it: which network they act in, and who they are. */
public interface NetworkMember {

    long networkId();

    long userId();

    String email();
}
